package vn.cadres.rotation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.cadres.contracts.rotation.UnitPost;

/** A post in a unit as a request names it: the unit by its id at cadre-service, the post as the decision words it. */
public record UnitPostRequest(@NotBlank @Size(max = 100) String unitId, @NotBlank @Size(max = 300) String post) {

    public UnitPost unitPost() {
        return new UnitPost(unitId.strip(), post.strip());
    }
}
