package vn.cadres.platform.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.history.ChainVerifier.Head;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.security.PemKeyPair;

/**
 * Verifies an audit bundle offline, with nothing but the file (and, to be sure whose key signed it,
 * the fingerprint the service publishes): the signature of the manifest, the digests it names, every
 * record's hash chain from its first event, and each record's head.
 */
public final class BundleVerifier {

    /**
     * @param intact   true when every check holds
     * @param problem  the first check that failed, or null
     * @param records  records whose chains were followed
     * @param events   events checked
     * @param keySha256 the fingerprint of the key that signed the manifest
     */
    public record Verdict(boolean intact, String problem, long records, long events, String keySha256) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EnvelopeJson ENVELOPES = new EnvelopeJson(new EventCodec(List.of()).mapper());

    private BundleVerifier() {
    }

    /** @param expectedKeySha256 the fingerprint the service publishes; null to accept the key in the bundle */
    public static Verdict verify(Path bundle, String expectedKeySha256) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
            byte[] manifestBytes = read(zip, AuditBundles.MANIFEST);
            JsonNode manifest = JSON.readTree(manifestBytes);
            PublicKey key = PemKeyPair.readPublicKey(new String(read(zip, AuditBundles.KEY), StandardCharsets.US_ASCII));
            String keySha256 = AuditBundles.fingerprint(key);
            if (!AuditBundles.FORMAT.equals(manifest.path("format").asText())) {
                return failed("not a " + AuditBundles.FORMAT + " bundle", keySha256);
            }
            if (expectedKeySha256 != null && !expectedKeySha256.equalsIgnoreCase(keySha256)) {
                return failed("signed with key " + keySha256 + ", not the service's " + expectedKeySha256, keySha256);
            }
            if (!keySha256.equals(manifest.path("signingKeySha256").asText())
                    || !signed(manifestBytes, read(zip, AuditBundles.SIGNATURE), key)) {
                return failed("the manifest's signature does not verify: the bundle was altered", keySha256);
            }
            byte[] heads = read(zip, AuditBundles.HEADS);
            if (!hex(AuditBundles.sha256().digest(heads)).equals(manifest.path("headsSha256").asText())) {
                return failed("heads.json is not the one the manifest signed", keySha256);
            }
            ChainVerifier chains = new ChainVerifier();
            String eventsSha256 = readEvents(zip, chains);
            ChainVerifier.Report report = chains.report();
            if (!eventsSha256.equals(manifest.path("eventsSha256").asText())) {
                return failed("events.ndjson is not the one the manifest signed", keySha256);
            }
            if (!report.intact()) {
                ChainVerifier.BrokenLink broken = report.broken();
                return failed("record " + broken.recordId() + ", event " + broken.sequence() + " ("
                        + broken.eventId() + "): " + broken.problem(), keySha256);
            }
            String headProblem = headProblem(JSON.readTree(heads), chains.heads());
            if (headProblem != null) {
                return failed(headProblem, keySha256);
            }
            if (report.events() != manifest.path("events").asLong() || report.records() != manifest.path("records").asLong()) {
                return failed("the manifest counts " + manifest.path("events").asLong() + " events of "
                        + manifest.path("records").asLong() + " records; the bundle holds " + report.events()
                        + " of " + report.records(), keySha256);
            }
            return new Verdict(true, null, report.records(), report.events(), keySha256);
        } catch (GeneralSecurityException e) {
            return new Verdict(false, "the signing key cannot be read: " + e.getMessage(), 0, 0, null);
        }
    }

    private static String readEvents(ZipFile zip, ChainVerifier chains) throws IOException {
        ZipEntry entry = entry(zip, AuditBundles.EVENTS);
        MessageDigest digest = AuditBundles.sha256();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new DigestInputStream(zip.getInputStream(entry), digest), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                chains.accept(ENVELOPES.read(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return hex(digest.digest());
    }

    private static String headProblem(JsonNode heads, Map<String, Head> computed) {
        Map<String, Head> listed = new HashMap<>();
        heads.forEach(h -> listed.put(h.path("recordId").asText(), new Head(h.path("sequence").asLong(),
                h.path("hash").asText())));
        if (!listed.equals(computed)) {
            return "heads.json does not name the last event of each record in events.ndjson";
        }
        return null;
    }

    private static boolean signed(byte[] manifest, byte[] base64Signature, PublicKey key)
            throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update(manifest);
        try {
            return signature.verify(Base64.getDecoder().decode(new String(base64Signature, StandardCharsets.US_ASCII)
                    .strip()));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(zip, name))) {
            return in.readAllBytes();
        }
    }

    private static ZipEntry entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("the bundle has no " + name);
        }
        return entry;
    }

    private static Verdict failed(String problem, String keySha256) {
        return new Verdict(false, problem, 0, 0, keySha256);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
