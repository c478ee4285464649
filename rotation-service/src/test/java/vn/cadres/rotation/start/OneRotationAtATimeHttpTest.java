package vn.cadres.rotation.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.Http;
import vn.cadres.rotation.Itineraries;
import vn.cadres.rotation.RotationHttpTest;

/**
 * One rotation of a cadre at a time holds when an office starts two of them at the same moment:
 * each start checks the cadre's other rotations, so two checks that run side by side must not both
 * find the other one not yet started.
 */
class OneRotationAtATimeHttpTest extends RotationHttpTest {

    private static final int ATTEMPTS = 8;
    private static final String APPROVAL = """
            {"decision": {"number": "1-QĐ/HU", "date": "2014-06-20", "issuingBody": "Huyện ủy Điện Biên"}}""";
    private static final String START = """
            {"startDate": "2014-07-01"}""";

    @Test
    void of_two_rotations_of_one_cadre_started_at_once_exactly_one_starts() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Đồng " + attempt);
                String first = cadre.proposed("2014-07-01", "2017-06-30");
                String second = cadre.proposed("2014-07-01", "2017-06-30");
                cadre.expect(204, first, "approval", APPROVAL);
                cadre.expect(204, second, "approval", APPROVAL);

                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Http.Response>> starts = new ArrayList<>();
                for (String rotationId : List.of(first, second)) {
                    starts.add(CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return post("/api/rotations/" + rotationId + "/start", DIEN_BIEN, START);
                    }, pool));
                }

                List<Integer> statuses = starts.stream().map(CompletableFuture::join).map(Http.Response::status)
                        .sorted().toList();
                assertThat(statuses).as("attempt %d: %s", attempt, starts.stream().map(CompletableFuture::join)
                        .map(Http.Response::body).toList()).containsExactly(204, 409);
                assertThat(starts.stream().map(CompletableFuture::join).filter(r -> r.status() == 409)
                        .map(r -> r.body().get("code").asText())).containsExactly("rotation-rule-refused");
            }
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
