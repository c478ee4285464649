package vn.cadres.platform.web;

import java.io.IOException;

/**
 * A request body without a declared length grew past the limit while it was being read. An
 * {@link IOException}, because it surfaces from {@code InputStream.read}; the exception handler
 * finds it inside whatever the reader wrapped it in and answers 413.
 */
public class RequestBodyTooLarge extends IOException {

    private final long limit;

    public RequestBodyTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
