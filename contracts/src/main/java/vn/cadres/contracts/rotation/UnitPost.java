package vn.cadres.contracts.rotation;

/**
 * A post in a unit: where a rotated cadre comes from (nơi đi) or goes to (nơi đến).
 *
 * @param unitId the unit, as cadre-service names it, so its name then and its successor today can be shown
 * @param post   the post (chức vụ) as the decision words it, "Phó Bí thư Thường trực Đảng ủy xã"
 */
public record UnitPost(String unitId, String post) {
}
