package vn.cadres.cadre.profile.view;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.SearchName;
import vn.cadres.contracts.cadre.CadreFact;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * The current profile of every cadre (hồ sơ cán bộ), fed from this service's own store: what
 * offices look up and search, and where the endpoints find which province manages a cadre.
 * Each document also holds the name without diacritics ({@code searchName}) that searches match.
 */
@Component
@ProcessingGroup(CadreProfiles.PROCESSOR)
public class CadreProfiles {

    static final String PROCESSOR = "cadre-profiles";
    static final String COLLECTION = "cadre_profiles";
    private static final String SEARCH_NAME = "searchName";
    private static final String PROVINCE = "managingProvince";
    /** Current posts only: an ended appointment leaves the profile's {@code posts}. */
    private static final String POST_UNITS = "posts.unitId";

    private final VersionedDocuments profiles;
    private final ObjectMapper json;

    CadreProfiles(MongoDatabase database, EventCodec codec) {
        this.profiles = new VersionedDocuments(database.getCollection(COLLECTION));
        this.json = codec.mapper();
    }

    @EventHandler
    void on(CadreRegistered event, @SequenceNumber long sequence) {
        profiles.apply(event.cadreId(), sequence, current -> documentOf(CadreProfile.registered(event)));
    }

    @EventHandler
    void on(CadreFact event, @SequenceNumber long sequence) {
        evolve(event.cadreId(), sequence, event);
    }

    @ResetHandler
    void reset() {
        profiles.collection().drop();
    }

    public Optional<CadreProfile> find(String cadreId) {
        return Optional.ofNullable(profiles.collection().find(eq("_id", cadreId)).first()).map(this::profileOf);
    }

    /**
     * Profiles whose name contains {@code query} ignoring diacritics and case, in name order.
     *
     * @param province only this province's cadres; null for every province
     * @param query    part of the name; null or blank for every cadre
     * @param heldIn   only cadres now holding a post in one of these units; null for any cadre
     */
    public List<CadreProfile> search(ProvinceCode province, String query, Collection<String> heldIn, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (province != null) {
            filters.add(eq(PROVINCE, province.value()));
        }
        if (heldIn != null) {
            filters.add(in(POST_UNITS, heldIn));
        }
        String name = SearchName.of(query);
        if (!name.isEmpty()) {
            filters.add(regex(SEARCH_NAME, Pattern.quote(name)));
        }
        return profiles.collection().find(filters.isEmpty() ? new Document() : and(filters))
                .sort(Sorts.ascending(SEARCH_NAME)).limit(limit).map(this::profileOf).into(new ArrayList<>());
    }

    private void evolve(String cadreId, long sequence, CadreFact event) {
        profiles.apply(cadreId, sequence, current -> documentOf(profileOf(current).apply(event)));
    }

    @SuppressWarnings("unchecked")
    private Document documentOf(CadreProfile profile) {
        Document document = new Document("_id", profile.cadreId());
        document.putAll(json.convertValue(profile, Map.class));
        return document.append(SEARCH_NAME, SearchName.of(profile.fullName()));
    }

    private CadreProfile profileOf(Document document) {
        return json.convertValue(document, CadreProfile.class);
    }
}
