package vn.cadres.contracts.unit;

/**
 * The bloc a unit belongs to (khối). Rotations between blocs are reported, because offices are
 * asked to keep moves between them balanced.
 */
public enum Bloc {
    /** Khối Đảng: Party committees and their boards. */
    PARTY,
    /** Khối chính quyền: People's Councils, People's Committees and their departments. */
    GOVERNMENT,
    /** Khối Mặt trận Tổ quốc: the Vietnam Fatherland Front committees. */
    FATHERLAND_FRONT,
    /** Khối đoàn thể: mass organisations (youth union, women's union, farmers' and veterans' associations). */
    MASS_ORGANISATION
}
