package vn.cadres.contracts.province;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.text.VietnameseOrder;

/**
 * The provinces and centrally-run cities of Viet Nam over time, from the reference data in
 * {@code provinces.csv} beside this class: the 63 in force until 30 June 2025 and the 34 that Resolution
 * 202/2025/QH15 made of them from 1 July 2025 (52 merged into 23, 11 unchanged), each with the old ones it
 * was formed from. Every list of provinces, in filters and in forms, comes from here.
 *
 * <p>Codes are the initials of the name's syllables (LS Lạng Sơn, HN Hà Nội, DB Điện Biên, BK Bắc Kạn),
 * collisions settled as the file says. <b>Each of the 34 keeps the code of the old province whose name it
 * keeps</b>: the Tuyên Quang formed from Tuyên Quang and Hà Giang is TQ, as was the old Tuyên Quang, so its
 * office's records, tokens and filters stay valid across the merger, while HG still names Hà Giang's records
 * from before. A code may therefore name one province before 1 July 2025 and its larger successor after, but
 * never two provinces on one date: ask with a date ({@link #byCode(ProvinceCode, LocalDate)}) where it matters.
 *
 * <p>The data is checked as it is read: a province that ends is continued by a successor that lists it
 * among those it was formed from, and the reverse; no code names two provinces on one date.
 */
public final class Provinces {

    static final String HEADER = "code,kind,official,short,valid_from,valid_to,formed_from,successor";
    private static final String RESOURCE = "provinces.csv";
    private static final Comparator<Province> LIST_ORDER = VietnameseOrder.by(Province::shortName)
            .thenComparing(Province::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<Province> all;
    private final Map<ProvinceCode, List<Province>> periodsByCode = new LinkedHashMap<>();

    private Provinces(List<Province> provinces) {
        this.all = provinces.stream().sorted(LIST_ORDER).toList();
        provinces.stream().sorted(Comparator.comparing(Province::validFrom,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(province -> periodsByCode.computeIfAbsent(province.code(), code -> new ArrayList<>())
                        .add(province));
        check();
    }

    /** The reference data shipped with the contracts, read once. */
    public static Provinces reference() {
        return Reference.PROVINCES;
    }

    /** Reads reference data in the format of {@code provinces.csv}, refusing data that contradicts itself. */
    public static Provinces read(Reader csv) {
        try (BufferedReader lines = new BufferedReader(csv)) {
            List<Province> provinces = new ArrayList<>();
            boolean header = true;
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    if (!line.strip().equals(HEADER)) {
                        throw new IllegalArgumentException("provinces: line " + number + " is not the header " + HEADER);
                    }
                    header = false;
                } else {
                    provinces.add(row(line, number));
                }
            }
            return new Provinces(provinces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every province over every period, in Vietnamese order of their names, a name's periods oldest first. */
    public List<Province> all() {
        return all;
    }

    /** The provinces in force on {@code date}, in Vietnamese order: the 63 before 1 July 2025, the 34 since. */
    public List<Province> asOf(LocalDate date) {
        return all.stream().filter(province -> province.inForceOn(date)).toList();
    }

    /** The province {@code code} named on {@code date}, if it named one then. */
    public Optional<Province> byCode(ProvinceCode code, LocalDate date) {
        return periods(code).stream().filter(province -> province.inForceOn(date)).findFirst();
    }

    /**
     * The latest province {@code code} has named: today's for a code still in use (TQ: the Tuyên Quang of
     * 2025), the last one for a code merged away (HG: Hà Giang until 30 June 2025).
     */
    public Optional<Province> byCode(ProvinceCode code) {
        List<Province> periods = periods(code);
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.getLast());
    }

    /** Whether {@code code} has ever named a province. */
    public boolean isKnown(ProvinceCode code) {
        return periodsByCode.containsKey(code);
    }

    /**
     * The province that on {@code date} continues what {@code code} first named: a record of Hà Giang from 2014
     * (HG) is in Tuyên Quang (TQ) on any date since 1 July 2025, and in Hà Giang before. Empty for an unknown
     * code and for a date before the code's first province.
     */
    public Optional<Province> successorOn(ProvinceCode code, LocalDate date) {
        List<Province> periods = periods(code);
        if (periods.isEmpty() || (periods.getFirst().validFrom() != null && date.isBefore(periods.getFirst().validFrom()))) {
            return Optional.empty();
        }
        Province province = periods.getFirst();
        while (province.validTo() != null && date.isAfter(province.validTo())) {
            province = successorOf(province).orElseThrow();
        }
        return Optional.of(province);
    }

    /** The province in force the day after {@code province} ends that continues it; empty while it is in force. */
    public Optional<Province> successorOf(Province province) {
        return province.successor() == null ? Optional.empty()
                : byCode(province.successor(), province.validTo().plusDays(1));
    }

    /** The provinces {@code province} was formed from, in Vietnamese order; empty when none is recorded. */
    public List<Province> formedFrom(Province province) {
        if (province.validFrom() == null) {
            return List.of();
        }
        LocalDate dayBefore = province.validFrom().minusDays(1);
        return province.formedFrom().stream().map(code -> byCode(code, dayBefore).orElseThrow())
                .sorted(LIST_ORDER).toList();
    }

    /** What the latest province of {@code code} was formed from (TQ: the old Hà Giang and Tuyên Quang). */
    public List<Province> formedFrom(ProvinceCode code) {
        return byCode(code).map(this::formedFrom).orElse(List.of());
    }

    private List<Province> periods(ProvinceCode code) {
        return periodsByCode.getOrDefault(code, List.of());
    }

    private static Province row(String line, int number) {
        String[] fields = line.split(",", -1);
        if (fields.length != 8) {
            throw new IllegalArgumentException("provinces: line " + number + " has " + fields.length
                    + " fields, not 8: " + line);
        }
        try {
            return new Province(ProvinceCode.of(fields[0].strip()), ProvinceKind.valueOf(fields[1].strip()),
                    required(fields[2], "official"), required(fields[3], "short"), date(fields[4]), date(fields[5]),
                    Arrays.stream(fields[6].strip().split("\\s+")).filter(code -> !code.isEmpty())
                            .map(ProvinceCode::of).toList(),
                    fields[7].isBlank() ? null : ProvinceCode.of(fields[7].strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("provinces: line " + number + ": " + e.getMessage(), e);
        }
    }

    private static String required(String field, String name) {
        if (field.isBlank()) {
            throw new IllegalArgumentException("no " + name + " name");
        }
        return field.strip();
    }

    private static LocalDate date(String field) {
        return field.isBlank() ? null : LocalDate.parse(field.strip());
    }

    private void check() {
        periodsByCode.forEach((code, periods) -> {
            for (int i = 1; i < periods.size(); i++) {
                Province earlier = periods.get(i - 1);
                Province later = periods.get(i);
                if (earlier.validTo() == null || later.validFrom() == null || !later.validFrom().isAfter(earlier.validTo())) {
                    throw new IllegalArgumentException("provinces: " + code + " names two provinces on one date");
                }
                if (!later.formedFrom().contains(code)) {
                    throw new IllegalArgumentException("provinces: " + code + " of " + later.validFrom()
                            + " reuses the code of a province it does not continue");
                }
            }
        });
        all.forEach(this::checkLinks);
    }

    private void checkLinks(Province province) {
        if (!province.formedFrom().isEmpty() && province.validFrom() == null) {
            throw new IllegalArgumentException("provinces: " + province.code() + " is formed from others but has no date");
        }
        for (ProvinceCode code : province.formedFrom()) {
            LocalDate dayBefore = province.validFrom().minusDays(1);
            Province predecessor = byCode(code, dayBefore).orElseThrow(() -> new IllegalArgumentException(
                    "provinces: " + province.code() + " is formed from " + code + ", not in force on " + dayBefore));
            if (!dayBefore.equals(predecessor.validTo()) || !province.code().equals(predecessor.successor())) {
                throw new IllegalArgumentException("provinces: " + province.code() + " is formed from " + code
                        + ", which does not end on " + dayBefore + " with it as successor");
            }
        }
        if (province.validTo() != null) {
            Province successor = successorOf(province).filter(next -> next.formedFrom().contains(province.code()))
                    .orElseThrow(() -> new IllegalArgumentException("provinces: " + province.code() + " ends on "
                            + province.validTo() + " without a successor formed from it the next day"));
            if (!province.validTo().plusDays(1).equals(successor.validFrom())) {
                throw new IllegalArgumentException("provinces: " + province.code() + "'s successor "
                        + successor.code() + " does not begin the day after it ends");
            }
        } else if (province.successor() != null) {
            throw new IllegalArgumentException("provinces: " + province.code() + " is in force but names a successor");
        }
    }

    /** Read on first use, so that a service that never lists provinces never reads the file. */
    private static final class Reference {
        static final Provinces PROVINCES = load();

        private static Provinces load() {
            InputStream csv = Provinces.class.getResourceAsStream(RESOURCE);
            if (csv == null) {
                throw new IllegalStateException("the reference data " + RESOURCE + " is missing beside " + Provinces.class);
            }
            return read(new InputStreamReader(csv, StandardCharsets.UTF_8));
        }
    }
}
