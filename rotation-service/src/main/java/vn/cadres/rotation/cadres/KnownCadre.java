package vn.cadres.rotation.cadres;

import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre as this service knows them from cadre-service's topic.
 *
 * @param province the province whose Standing Committee manages the cadre; its office decides the
 *                 cadre's rotations
 */
public record KnownCadre(String cadreId, ProvinceCode province, String fullName) {
}
