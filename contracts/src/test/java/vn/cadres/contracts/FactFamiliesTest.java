package vn.cadres.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.cadre.CadreFact;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.evaluation.EvaluationFact;
import vn.cadres.contracts.rotation.RotationFact;

/**
 * The facts of one record are a closed family: a switch over them needs no {@code default}, so the
 * compiler names every place a new event must be handled, and no published event of the record is
 * left outside the family (where such a switch would never see it).
 */
class FactFamiliesTest {

    @Test
    void theFactsOfARotationAreEveryPublishedRotationEvent() {
        assertThat(RotationFact.class.isSealed()).isTrue();
        assertThat(permitted(RotationFact.class)).isEqualTo(publishedBeside(RotationFact.class));
    }

    @Test
    void theFactsOfAnEvaluationAreEveryPublishedEvaluationEvent() {
        assertThat(EvaluationFact.class.isSealed()).isTrue();
        assertThat(permitted(EvaluationFact.class)).isEqualTo(publishedBeside(EvaluationFact.class));
    }

    /** The registration opens a cadre's record; every later event of the cadre-service about one cadre is a fact. */
    @Test
    void theFactsOfACadreAreEveryPublishedCadreEventAfterTheRegistration() {
        assertThat(CadreFact.class.isSealed()).isTrue();
        Set<Class<?>> cadreEvents = new HashSet<>(publishedBeside(CadreFact.class));
        cadreEvents.remove(CadreRegistered.class);
        assertThat(permitted(CadreFact.class)).isEqualTo(cadreEvents);
    }

    private static Set<Class<?>> permitted(Class<?> family) {
        Class<?>[] permitted = family.getPermittedSubclasses();
        return permitted == null ? Set.of() : Set.copyOf(Arrays.asList(permitted));
    }

    /** The published events of the family's own package: its record's events. */
    private static Set<Class<?>> publishedBeside(Class<?> family) {
        return PublishedEvents.ALL.stream().filter(type -> type.getPackageName().equals(family.getPackageName()))
                .collect(Collectors.toSet());
    }
}
