package vn.cadres.platform.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.security.PemKeyPair;

/**
 * Signed audit bundles: every event of every record of a province that has a fact in a period, whole
 * chains from each record's first event, with each record's chain head, in a ZIP an auditor can
 * verify offline ({@link BundleVerifier}, {@code ./audit.sh verify-bundle}). The manifest names the
 * SHA-256 of the events and the heads and is signed (SHA256withRSA) with this service's audit key,
 * whose public half travels in the bundle and whose fingerprint the service publishes.
 *
 * <pre>
 * events.ndjson    one envelope per line, record after record, each in sequence order
 * heads.json       [{"recordId", "sequence", "hash"}]: the last event of each record at export
 * manifest.json    what, whose, when, how many, and the two digests
 * manifest.sig     base64 signature of manifest.json
 * signing-key.pem  the public key that verifies the signature
 * </pre>
 */
public final class AuditBundles {

    public static final String FORMAT = "cadres-audit-bundle/1";
    static final String EVENTS = "events.ndjson";
    static final String HEADS = "heads.json";
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String KEY = "signing-key.pem";

    private final EventLog log;
    private final StoreScan scan;
    private final EnvelopeJson envelopes;
    private final ObjectMapper json;
    private final PemKeyPair key;
    private final String service;
    private final Clock clock;

    public AuditBundles(EventLog log, EnvelopeJson envelopes, ObjectMapper json, PemKeyPair key, String service,
                        Clock clock) {
        this.log = log;
        this.scan = new StoreScan(log);
        this.envelopes = envelopes;
        this.json = json;
        this.key = key;
        this.service = service;
        this.clock = clock;
    }

    /** SHA-256 (hex) of a public key's encoding: what an auditor compares with the published one. */
    public static String fingerprint(PublicKey publicKey) {
        return HexFormat.of().formatHex(sha256().digest(publicKey.getEncoded()));
    }

    public PublicKey publicKey() {
        return key.publicKey();
    }

    /**
     * Writes the bundle of the records {@code filter} selects (by the events it matches) to {@code out}.
     *
     * @param exportedBy who asked, named in the manifest
     */
    public void write(OutputStream out, HistoryFilter filter, String exportedBy) {
        Set<String> records = new LinkedHashSet<>();
        scan.scanAll(event -> {
            if (filter.matches(event)) {
                records.add(event.aggregateId());
            }
        });
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(EVENTS));
            MessageDigest eventsDigest = sha256();
            DigestOutputStream events = new DigestOutputStream(uncloseable(zip), eventsDigest);
            List<ObjectNode> heads = new ArrayList<>();
            long count = 0;
            for (String recordId : records) {
                EventEnvelope last = null;
                for (EventEnvelope event : log.readAggregate(recordId, 0)) {
                    events.write(envelopes.write(event));
                    events.write('\n');
                    last = event;
                    count++;
                }
                heads.add(json.createObjectNode().put("recordId", recordId).put("sequence", last.sequence())
                        .put("hash", last.hash()));
            }
            zip.closeEntry();
            byte[] headsJson = json.writeValueAsBytes(json.createArrayNode().addAll(heads));
            byte[] manifest = json.writeValueAsBytes(manifest(filter, exportedBy, records.size(), count,
                    eventsDigest.digest(), sha256().digest(headsJson)));
            entry(zip, HEADS, headsJson);
            entry(zip, MANIFEST, manifest);
            entry(zip, SIGNATURE, Base64.getEncoder().encode(sign(manifest)));
            entry(zip, KEY, PemKeyPair.pem(key.publicKey()).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit bundle", e);
        }
    }

    private ObjectNode manifest(HistoryFilter filter, String exportedBy, int records, long events,
                                byte[] eventsSha256, byte[] headsSha256) {
        ObjectNode manifest = json.createObjectNode()
                .put("format", FORMAT)
                .put("service", service)
                .put("province", filter.province() == null ? null : filter.province().value())
                .put("effectiveFrom", filter.effectiveFrom() == null ? null : filter.effectiveFrom().toString())
                .put("effectiveTo", filter.effectiveTo() == null ? null : filter.effectiveTo().toString())
                .put("exportedAt", clock.instant().toString())
                .put("exportedBy", exportedBy)
                .put("records", records)
                .put("events", events)
                .put("eventsSha256", HexFormat.of().formatHex(eventsSha256))
                .put("headsSha256", HexFormat.of().formatHex(headsSha256))
                .put("signingKeySha256", fingerprint(key.publicKey()));
        ArrayNode types = manifest.putArray("types");
        filter.types().stream().sorted().forEach(types::add);
        return manifest;
    }

    private byte[] sign(byte[] manifest) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.privateKey());
            signature.update(manifest);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the audit bundle", e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The zip stream stays open when the digest stream around its entry is done with. */
    private static OutputStream uncloseable(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        };
    }
}
