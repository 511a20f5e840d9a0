package fr.education.traam.kit.web;

import fr.education.traam.kit.domain.Refusal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the refusals of one feature read over HTTP. A service declares one catalogue bean per refusal enum, built with
 * {@link #of} from a {@code switch} over the enum, so the compiler refuses a refusal without a problem type; the kit
 * answers every {@link fr.education.traam.kit.domain.Refused} from the catalogues and lists them in the API docs.
 */
public interface ProblemCatalogue {

    /** The problem type of a refusal this catalogue knows; empty for the refusals of other catalogues. */
    Optional<ProblemType> typeOf(Refusal refusal);

    /** Every refusal this catalogue knows with its problem type, in declaration order, for the API docs. */
    List<Entry> entries();

    /** A catalogue of every constant of {@code refusals}, each given its type by {@code types}. */
    static <E extends Enum<E> & Refusal> ProblemCatalogue of(Class<E> refusals, Function<E, ProblemType> types) {
        List<Entry> entries = Arrays.stream(refusals.getEnumConstants()).map(r -> new Entry(r, types.apply(r))).toList();
        return new ProblemCatalogue() {
            @Override
            public Optional<ProblemType> typeOf(Refusal refusal) {
                return refusals.isInstance(refusal) ? Optional.of(types.apply(refusals.cast(refusal))) : Optional.empty();
            }

            @Override
            public List<Entry> entries() {
                return entries;
            }
        };
    }

    record Entry(Refusal refusal, ProblemType type) {
    }
}
