package vn.cadres.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.PublishedEvents;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.rotation.RotationProposed;

/**
 * The published language, pinned: the JSON of every event as stored and published is kept in
 * {@code published-language/<wire name>.json}, so changing a contract is a visible diff for every
 * consumer's sake, never an accident. A deliberate change updates the file (and, if old readers
 * cannot ignore it, the revision).
 */
class PublishedLanguageTest {

    private static final ProvinceCode DIEN_BIEN = ProvinceCode.of("DB");

    private static final Map<Class<?>, Object> EXAMPLES = Map.of(
            CadreRegistered.class, new CadreRegistered("c-1", "Đặng Quốc Hương", Gender.MALE,
                    LocalDate.of(1979, 5, 2), DIEN_BIEN, LocalDate.of(2014, 7, 1)),
            RotationProposed.class, new RotationProposed("r-1", "c-1", DIEN_BIEN, "Văn phòng Huyện ủy Mường Ảng",
                    "Đảng ủy xã Thanh Hưng", LocalDate.of(2014, 7, 1), LocalDate.of(2017, 6, 30),
                    LocalDate.of(2014, 6, 20)),
            EvaluationRecorded.class, new EvaluationRecorded("e-1", "c-1", DIEN_BIEN, LocalDate.of(2014, 1, 1),
                    LocalDate.of(2014, 12, 31), 86, LocalDate.of(2014, 12, 31)));

    private final EventCodec codec = new EventCodec(PublishedEvents.ALL);

    static Stream<Class<?>> publishedEvents() {
        return PublishedEvents.ALL.stream().map(c -> c);
    }

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void an_event_is_written_exactly_as_pinned_and_reads_back_equal(Class<?> eventClass) throws IOException {
        Object example = EXAMPLES.get(eventClass);
        String json = codec.toJson(example);

        assertThat(json).isEqualTo(pinned(EventCodec.typeOf(eventClass) + ".v" + EventCodec.revisionOf(eventClass)));
        assertThat(codec.fromJson(EventCodec.typeOf(eventClass), json)).isEqualTo(example);
    }

    @Test
    void every_published_event_has_a_pinned_example() {
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(PublishedEvents.ALL);
    }

    @Test
    void every_event_type_in_contracts_is_listed_as_published() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        List<String> annotated = scanner.findCandidateComponents("vn.cadres.contracts").stream()
                .map(BeanDefinition::getBeanClassName).toList();

        assertThat(annotated).containsExactlyInAnyOrderElementsOf(
                PublishedEvents.ALL.stream().map(Class::getName).toList());
    }

    private static String pinned(String wireName) throws IOException {
        try (InputStream in = PublishedLanguageTest.class.getResourceAsStream("/published-language/" + wireName
                + ".json")) {
            assertThat(in).as("pinned JSON of %s", wireName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
