package vn.cadres.contracts.province;

/** What a province-level unit is: a province (tỉnh) or a centrally-run city (thành phố trực thuộc trung ương). */
public enum ProvinceKind {
    PROVINCE,
    CITY
}
