package dk.aarshjul.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.TextLimits;

/**
 * The evaluation of one item (a goal, an initiative) as an evaluation form submits it: slot {@code <prefix><i>}
 * evaluates item i, with a result, and a remark whenever the result is not "achieved".
 */
public record SlotEvaluation<T>(T item, EvaluationResult result, String remark) {

	/**
	 * Reads one slot per item and adds a Danish problem for every item without a result, or without the remark
	 * its result needs; the items' evaluations come back only for slots that have a result.
	 *
	 * @param notDone what is said of an item that is not achieved, e.g. "målet ikke er opfyldt"
	 */
	public static <T> List<SlotEvaluation<T>> read(List<T> items, Function<T, String> name, Map<String, Object> submitted,
			String prefix, String notDone, List<String> problems) {
		Map<Integer, Map<String, Object>> slots = FormValues.slots(submitted, prefix);
		List<SlotEvaluation<T>> evaluations = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			T item = items.get(i);
			Map<String, Object> slot = slots.get(i + 1);
			EvaluationResult result = null;
			for (EvaluationResult r : EvaluationResult.values()) {
				if (slot != null && r.name().equals(slot.get("result"))) {
					result = r;
				}
			}
			if (result == null) {
				problems.add("»" + name.apply(item) + "«: vælg opfyldt, delvist opfyldt eller ikke opfyldt.");
				continue;
			}
			String remark = FormValues.text(slot.get("remark"));
			if (result != EvaluationResult.ACHIEVED && remark == null) {
				problems.add("»" + name.apply(item) + "«: skriv en kommentar, når " + notDone + ".");
			}
			else if (TextLimits.tooLong(remark, TextLimits.COMMENT)) {
				problems.add("»" + name.apply(item) + "«: kommentaren er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
			}
			evaluations.add(new SlotEvaluation<>(item, result, remark));
		}
		return evaluations;
	}
}
