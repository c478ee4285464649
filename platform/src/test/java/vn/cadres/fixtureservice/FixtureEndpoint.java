package vn.cadres.fixtureservice;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the rule: a controller, and the request nested in it, are where HTTP belongs. */
@RestController
public class FixtureEndpoint {

    ResponseEntity<Void> handle(Request request) {
        return request.accepted();
    }

    public record Request(String name) {

        ResponseEntity<Void> accepted() {
            return ResponseEntity.accepted().build();
        }
    }
}
