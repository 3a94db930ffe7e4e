package dk.aarshjul.system;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history producer, except that a submitted form field's copy in history fits its column.
 * <p>
 * With history "full", submitting a task form records every String field twice: as the variable it becomes (kept
 * whole, in the byte-array table when long: {@link LongTextSerializer}) and as a form field in
 * {@code ACT_HI_DETAIL} ({@code TYPE_ = 'FormProperty'}), whose value Camunda writes only into the
 * {@code varchar(4000)} column {@code TEXT_}. A longer field would make the submission fail, so its form-field copy
 * is cut to what the column holds and ends with "…"; the whole text stays in the variable's history beside it.
 */
class LongTextHistoryEventProducer extends CacheAwareHistoryEventProducer {

	static final String CUT = "…";

	@Override
	public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
			String taskId) {
		return super.createFormPropertyUpdateEvt(execution, propertyId, fitted(propertyValue), taskId);
	}

	/** The text as it is if it fits Camunda's text column, otherwise its beginning and "…", fitting the column. */
	static String fitted(String text) {
		if (text == null || !LongTextSerializer.tooLongForTextColumn(text)) {
			return text;
		}
		int room = LongTextSerializer.TEXT_COLUMN_BYTES - LongTextSerializer.utf8Length(CUT);
		int end = 0;
		int bytes = 0;
		while (end < text.length()) {
			int codePoint = text.codePointAt(end);
			int size = LongTextSerializer.utf8Length(codePoint);
			if (bytes + size > room) {
				break;
			}
			bytes += size;
			end += Character.charCount(codePoint);
		}
		return text.substring(0, end) + CUT;
	}
}
