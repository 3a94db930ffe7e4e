package dk.aarshjul.system;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How long a free text may be, one limit per kind of field. The forms' {@code maxLength} carry the same numbers
 * (Tasklist checks them in the browser only); the server refuses a longer text with a Danish message, and our own
 * tables' columns hold at least as much. A text longer than Camunda's text column is kept in the engine's
 * byte-array table ({@link LongTextSerializer}), so none of these limits depends on the engine.
 */
public final class TextLimits {

	/** A one-line text: a goal's title, indicator and target; an initiative's title. */
	public static final int LINE = 500;

	/**
	 * A comment beside a choice or a goal: a remark on an evaluation or a review, a follow-up's comment, why an
	 * agreement is sent back, a note; a goal's resources and evaluation method.
	 */
	public static final int COMMENT = 2_000;

	/**
	 * The text a task is about: a summary, a centre's evaluation and way forward, a meeting's discussion and
	 * decisions, a budget milestone's outcome.
	 */
	public static final int TEXT = 10_000;

	/**
	 * How large one request to the engine's REST API may be: a form with every text at its limit is a small part of
	 * it, and nothing a person submits comes near it.
	 */
	public static final int REQUEST_BYTES = 512 * 1024;

	/** {@link #REQUEST_BYTES} as a refusal says it. */
	public static final String REQUEST_SIZE = "højst 512 kB";

	private TextLimits() {
	}

	/** Whether a text is longer than the limit; no text is not. */
	public static boolean tooLong(String text, int limit) {
		return text != null && text.length() > limit;
	}

	/** The limit as a refusal says it, e.g. "højst 2.000 tegn". */
	public static String atMost(int limit) {
		return "højst " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("da-DK")).format(limit) + " tegn";
	}
}
