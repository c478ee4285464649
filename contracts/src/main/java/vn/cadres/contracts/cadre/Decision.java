package vn.cadres.contracts.cadre;

import java.time.LocalDate;

/**
 * The decision (quyết định) on which a fact about a cadre rests, as an auditor cites it: an
 * appointment is only as good as the decision that made it.
 *
 * @param number      số quyết định, for example {@code 125-QĐ/HU}
 * @param date        ngày ký: the date the decision was signed, which may precede its effect
 * @param issuingBody cơ quan ban hành, for example "Ban Thường vụ Huyện ủy Mường Ảng"
 */
public record Decision(String number, LocalDate date, String issuingBody) {
}
