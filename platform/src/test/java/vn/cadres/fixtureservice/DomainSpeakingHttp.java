package vn.cadres.fixtureservice;

import org.springframework.http.HttpStatus;

/** Breaks the rule on purpose: a domain class that decides an HTTP status. */
public class DomainSpeakingHttp {

    HttpStatus refused() {
        return HttpStatus.CONFLICT;
    }
}
