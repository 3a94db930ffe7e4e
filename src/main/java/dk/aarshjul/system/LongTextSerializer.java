package dk.aarshjul.system;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.SingleQueryVariableValueCondition;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Keeps a String variable too long for Camunda's text column in the engine's byte-array table instead.
 * <p>
 * Camunda's own {@link StringValueSerializer} writes a String variable into the column {@code TEXT_} of
 * {@code ACT_RU_VARIABLE}, {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL}, declared {@code varchar(4000)} in
 * Camunda 7.24's create scripts for H2 and PostgreSQL. A longer text – a generated overview, a long minute or
 * evaluation from a form – makes the command fail: the task cannot be completed, or a service task becomes an
 * incident and the year stops. This serializer comes before Camunda's own and takes only such texts. It stores them
 * as UTF-8 in {@code ACT_GE_BYTEARRAY}, as Camunda's serializer for byte arrays does, under the serializer name
 * {@value #NAME}, and gives them back as an ordinary {@link StringValue}. The REST API, Tasklist's forms and
 * Cockpit therefore see type "String". Every shorter text, and {@code null}, stays with Camunda's serializer,
 * so it can still be found by value ({@code variableValueEquals}).
 * <p>
 * The threshold is {@value #TEXT_COLUMN_BYTES} bytes of UTF-8. H2 and PostgreSQL count a varchar's length in
 * characters, DB2 counts bytes, and a text's UTF-8 bytes are never fewer than its characters, so a text within
 * the threshold fits the column on all of them. (Oracle's column holds only 2000 characters; Årshjul does not
 * run on Oracle.)
 * <p>
 * A long text cannot be used to find variables by value: the engine would compare it with the text column, where
 * it is not, so such a query is refused rather than silently finding nothing. Once long texts are stored, the
 * serializer must stay registered: without it, the engine cannot read their variables (runtime or history).
 */
class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

	/** The name stored in the variable's {@code TYPE_} (runtime) and {@code VAR_TYPE_} (history) columns. */
	static final String NAME = "longString";

	/** What Camunda's {@code TEXT_} columns hold, here in UTF-8 bytes. */
	static final int TEXT_COLUMN_BYTES = 4000;

	LongTextSerializer() {
		super(ValueType.STRING);
	}

	@Override
	public String getName() {
		return NAME;
	}

	/** Whether the text is too long for Camunda's {@code TEXT_} column on any database Årshjul runs on. */
	static boolean tooLongForTextColumn(String text) {
		if (text.length() > TEXT_COLUMN_BYTES) {
			return true;
		}
		// at most 3 bytes per char (a surrogate pair is 4 bytes for 2 chars)
		if (text.length() * 3 <= TEXT_COLUMN_BYTES) {
			return false;
		}
		return utf8Length(text) > TEXT_COLUMN_BYTES;
	}

	static int utf8Length(String text) {
		int bytes = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			bytes += utf8Length(text.codePointAt(i));
		}
		return bytes;
	}

	/** A lone surrogate counts as 3 bytes, more than any encoder writes for it. */
	static int utf8Length(int codePoint) {
		return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
	}

	@Override
	protected boolean canWriteValue(TypedValue value) {
		return value.getValue() instanceof String text && tooLongForTextColumn(text);
	}

	@Override
	public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
		return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
	}

	@Override
	public void writeValue(StringValue value, ValueFields valueFields) {
		if (valueFields instanceof SingleQueryVariableValueCondition) {
			throw new ProcessEngineException("A String variable longer than " + TEXT_COLUMN_BYTES
					+ " bytes cannot be used to query by value ('" + valueFields.getName() + "')");
		}
		valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
		byte[] bytes = valueFields.getByteArrayValue();
		return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
	}
}
