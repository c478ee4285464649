package vn.cadres.platform.history;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.PemKeyPair;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * The full event history of this service's store, for auditors (every province) and organisation
 * offices (their own), read-only: one record's events as of a date or a recorded time; the whole
 * store in global order, filtered, paged or streamed as NDJSON in bounded memory; the verification
 * of every hash chain; and signed bundles to verify offline.
 */
@RestController
@AllowedRoles({Role.OFFICE, Role.AUDITOR})
public class HistoryEndpoint {

    /** Positions one page looks at, at most, so a page that finds little still answers quickly. */
    static final long PAGE_SCAN = 20_000;
    static final int MAX_PAGE = 1_000;

    private final StoreScan scan;
    private final RecordHistory history;
    private final EnvelopeJson envelopes;
    private final AuditBundles bundles;

    public HistoryEndpoint(StoreScan scan, RecordHistory history, EnvelopeJson envelopes, AuditBundles bundles) {
        this.scan = scan;
        this.history = history;
        this.envelopes = envelopes;
        this.bundles = bundles;
    }

    /**
     * @param next where the next page starts ({@code from}); null when the store's head was reached
     * @param done true when nothing is left to read
     */
    public record Page(List<EventEnvelope> events, Long next, boolean done) {
    }

    public record SigningKey(String sha256, String publicKey) {
    }

    /**
     * @param asOf       only facts taking effect on or before this date
     * @param recordedAt only facts recorded at or before this instant: what the records said then
     */
    @GetMapping("/api/history/records/{recordId}")
    public List<EventEnvelope> record(@PathVariable String recordId,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedAt,
                                      ActingOffice office) {
        List<EventEnvelope> events = history.of("record", recordId);
        ProvinceAccess.readScope(office, ProvinceCode.of(events.getFirst().office()));
        AsOf when = new AsOf(asOf, recordedAt);
        return events.stream().filter(when::includes).toList();
    }

    /** A page of the store in global order; follow {@code next} to read on. */
    @GetMapping("/api/history/events")
    public Page events(@RequestParam(defaultValue = "0") long from, @RequestParam(defaultValue = "100") int limit,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedTo,
                       @RequestParam(required = false) List<String> type,
                       @RequestParam(required = false) ProvinceCode province,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
                       ActingOffice office) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInput.of("limit", "from 1 to " + MAX_PAGE);
        }
        HistoryFilter filter = filter(office, recordedFrom, recordedTo, type, province, effectiveFrom, effectiveTo);
        List<EventEnvelope> page = new ArrayList<>();
        long next = scan.scan(from, PAGE_SCAN, event -> {
            if (filter.matches(event)) {
                page.add(event);
            }
            return page.size() < limit;
        });
        return new Page(page, next < 0 ? null : next, next < 0);
    }

    /** The whole store, filtered, as one envelope per line, streamed window by window. */
    @GetMapping(path = "/api/history/events/stream", produces = "application/x-ndjson")
    public void stream(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedTo,
                       @RequestParam(required = false) List<String> type,
                       @RequestParam(required = false) ProvinceCode province,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
                       ActingOffice office, HttpServletResponse response) throws IOException {
        HistoryFilter filter = filter(office, recordedFrom, recordedTo, type, province, effectiveFrom, effectiveTo);
        response.setContentType("application/x-ndjson");
        try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16)) {
            scan.scanAll(event -> {
                if (filter.matches(event)) {
                    write(out, event);
                }
            });
        }
    }

    /** Recomputes every hash chain of the store; names the first broken link. */
    @GetMapping("/api/history/verification")
    @AllowedRoles({Role.AUDITOR, Role.ADMIN})
    public ChainVerifier.Report verify() {
        ChainVerifier verifier = new ChainVerifier();
        scan.scanAll(verifier::accept);
        return verifier.report();
    }

    /**
     * A signed bundle of every record of the province that has a fact taking effect in the period,
     * whole chains and heads, to verify offline with {@code ./audit.sh verify-bundle}.
     */
    @GetMapping(path = "/api/history/export", produces = "application/zip")
    public void export(@RequestParam(required = false) ProvinceCode province,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
                       ActingOffice office, HttpServletResponse response) throws IOException {
        HistoryFilter filter = filter(office, null, null, null, province, effectiveFrom, effectiveTo);
        String name = "audit-" + (filter.province() == null ? "all" : filter.province().value())
                + (effectiveFrom == null ? "" : "-" + effectiveFrom) + (effectiveTo == null ? "" : "-" + effectiveTo);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".zip\"");
        try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16)) {
            bundles.write(out, filter, office.subject());
        }
    }

    /** The key audit bundles are signed with, and its fingerprint to check a bundle against. */
    @GetMapping("/api/history/export/key")
    public SigningKey signingKey() {
        return new SigningKey(AuditBundles.fingerprint(bundles.publicKey()), PemKeyPair.pem(bundles.publicKey()));
    }

    private static HistoryFilter filter(ActingOffice office, Instant recordedFrom, Instant recordedTo,
                                        List<String> types, ProvinceCode province, LocalDate effectiveFrom,
                                        LocalDate effectiveTo) {
        return new HistoryFilter(recordedFrom, recordedTo, types == null ? Set.of() : Set.copyOf(types),
                ProvinceAccess.readScope(office, province), effectiveFrom, effectiveTo);
    }

    private void write(OutputStream out, EventEnvelope event) {
        try {
            out.write(envelopes.write(event));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading", e);
        }
    }
}
