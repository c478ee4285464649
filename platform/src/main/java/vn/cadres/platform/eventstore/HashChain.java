package vn.cadres.platform.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import vn.cadres.contracts.EventEnvelope;

/**
 * The tamper-evident chain of one record's history: each event's hash covers its whole envelope and
 * the hash of the event before it, so changing, removing or reordering any stored event breaks
 * every later link. The text hashed is fixed here and documented for offline verification.
 */
public final class HashChain {

    private HashChain() {
    }

    /** SHA-256 (hex) of the canonical text of {@code event} chained to {@code previousHash}. */
    public static String hashOf(EventEnvelope event, String previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalText(event, previousHash)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** True when the stored hash of {@code event} matches its content and {@code previousHash}. */
    public static boolean isIntact(EventEnvelope event, String previousHash) {
        return Objects.equals(event.previousHash(), previousHash)
                && hashOf(event, previousHash).equals(event.hash());
    }

    /** One field a line, in this order; absent values are empty lines. */
    static String canonicalText(EventEnvelope e, String previousHash) {
        return String.join("\n",
                text(previousHash), e.eventId(), text(e.aggregateType()), e.aggregateId(),
                Long.toString(e.sequence()), e.type(), Integer.toString(e.revision()), text(e.office()),
                text(e.actor()), text(e.correlationId()), text(e.causationId()), text(e.effectiveDate()),
                e.recordedAt().toString(), e.payload());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
