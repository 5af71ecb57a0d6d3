package plancheck.read;

import java.util.List;
import plancheck.model.Figure;
import plancheck.model.Plan;

/**
 * What one input file gave: its plans and their figures (indicators as written, not yet resolved
 * against the catalogue), the problems met, and how many figures were rejected because of them.
 *
 * @param unclassified numbers a document reader saw but could not attach to an indicator
 */
public record PlanData(String file, List<Plan> plans, List<Figure> figures, List<InputError> errors,
                       int rejected, List<Unclassified> unclassified) {
    public PlanData {
        plans = List.copyOf(plans);
        figures = List.copyOf(figures);
        errors = List.copyOf(errors);
        unclassified = List.copyOf(unclassified);
    }

    public static PlanData failed(String file, InputError error) {
        return new PlanData(file, List.of(), List.of(), List.of(error), 0, List.of());
    }
}
