package vn.cadres.reporting.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The words reports are written in: Vietnamese first, English as a switch. Codes the read models
 * store (DOWNWARD, ENDED_EARLY, COMMUNE ...) are shown in the reader's language; dates as dd/MM/yyyy
 * in Vietnamese.
 */
public enum Labels {
    VI(Map.ofEntries(
            Map.entry("DOWNWARD", "Từ trên xuống"), Map.entry("UPWARD", "Từ dưới lên"),
            Map.entry("BETWEEN_LOCALITIES", "Giữa các địa phương"), Map.entry("BETWEEN_BODIES", "Giữa các cơ quan"),
            Map.entry("PROPOSED", "Đề xuất"), Map.entry("APPROVED", "Đã có quyết định"),
            Map.entry("ACTIVE", "Đang luân chuyển"), Map.entry("COMPLETED", "Hoàn thành"),
            Map.entry("ENDED_EARLY", "Kết thúc trước hạn"), Map.entry("CANCELLED", "Đã hủy"),
            Map.entry("CENTRAL", "Trung ương"), Map.entry("PROVINCE", "Cấp tỉnh"), Map.entry("DISTRICT", "Cấp huyện"),
            Map.entry("COMMUNE", "Cấp xã"), Map.entry("NONE", "Chưa bố trí"),
            Map.entry("ROTATION", "Luân chuyển"), Map.entry("TRANSFER", "Điều động"),
            Map.entry("IMPROVED", "Tiến bộ"), Map.entry("HELD", "Giữ nguyên"), Map.entry("FELL", "Giảm"),
            Map.entry("UNKNOWN", "Chưa đủ đánh giá"), Map.entry("MALE", "Nam"), Map.entry("FEMALE", "Nữ"),
            Map.entry("ELEMENTARY", "Sơ cấp"), Map.entry("INTERMEDIATE", "Trung cấp"), Map.entry("ADVANCED", "Cao cấp"),
            Map.entry("COLLEGE", "Cao đẳng"), Map.entry("BACHELOR", "Đại học"), Map.entry("MASTER", "Thạc sĩ"),
            Map.entry("DOCTOR", "Tiến sĩ")), DateTimeFormatter.ofPattern("dd/MM/yyyy")),
    EN(Map.ofEntries(
            Map.entry("DOWNWARD", "Downward"), Map.entry("UPWARD", "Upward"),
            Map.entry("BETWEEN_LOCALITIES", "Between localities"), Map.entry("BETWEEN_BODIES", "Between bodies"),
            Map.entry("PROPOSED", "Proposed"), Map.entry("APPROVED", "Decided"), Map.entry("ACTIVE", "Active"),
            Map.entry("COMPLETED", "Completed"), Map.entry("ENDED_EARLY", "Ended early"),
            Map.entry("CANCELLED", "Cancelled"), Map.entry("CENTRAL", "Central"), Map.entry("PROVINCE", "Province"),
            Map.entry("DISTRICT", "District"), Map.entry("COMMUNE", "Commune"), Map.entry("NONE", "No post"),
            Map.entry("ROTATION", "Rotation"), Map.entry("TRANSFER", "Transfer"), Map.entry("IMPROVED", "Improved"),
            Map.entry("HELD", "Held"), Map.entry("FELL", "Fell"), Map.entry("UNKNOWN", "Not yet evaluated"),
            Map.entry("MALE", "Male"), Map.entry("FEMALE", "Female"), Map.entry("ELEMENTARY", "Elementary"),
            Map.entry("INTERMEDIATE", "Intermediate"), Map.entry("ADVANCED", "Advanced"), Map.entry("COLLEGE", "College"),
            Map.entry("BACHELOR", "Bachelor"), Map.entry("MASTER", "Master"), Map.entry("DOCTOR", "Doctor")),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final Map<String, String> words;
    private final DateTimeFormatter dates;

    Labels(Map<String, String> words, DateTimeFormatter dates) {
        this.words = words;
        this.dates = dates;
    }

    public static Labels of(String language) {
        return "en".equalsIgnoreCase(language) ? EN : VI;
    }

    /** The word for a stored code, or the code itself. */
    public String word(String code) {
        return code == null ? "" : words.getOrDefault(code, code);
    }

    /** A stored ISO date as the reader writes dates. */
    public String date(String isoDate) {
        return isoDate == null ? "" : LocalDate.parse(isoDate).format(dates);
    }

    /** One of two texts, Vietnamese or English. */
    public String text(String vietnamese, String english) {
        return this == VI ? vietnamese : english;
    }
}
