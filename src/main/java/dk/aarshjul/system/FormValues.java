package dk.aarshjul.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Normalises what a form or a REST client submits: repeated items arrive as numbered slots of Spin JSON, JSON text
 * or maps;
 * numbers as Integer, Long, Double or Danish text; dates as dd.mm.åååå or "yyyy-MM-dd" text. Whatever could be read
 * two ways is refused.
 */
public final class FormValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormValues() {
	}

	/**
	 * The numbered slots a form submits for repeated items ({@code developmentGoal1}, {@code developmentGoal2}, …),
	 * by number; each is an object (a map, or JSON as Tasklist sends it). A slot that is not an object maps to null.
	 */
	public static SortedMap<Integer, Map<String, Object>> slots(Map<String, Object> variables, String prefix) {
		Pattern name = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,3})");
		SortedMap<Integer, Map<String, Object>> slots = new TreeMap<>();
		variables.forEach((key, value) -> {
			Matcher matcher = name.matcher(key);
			if (matcher.matches() && value != null) {
				slots.put(Integer.valueOf(matcher.group(1)), object(value));
			}
		});
		return slots;
	}

	private static Map<String, Object> object(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), v));
			return copy;
		}
		try {
			return JSON.readValue(value.toString(), new TypeReference<Map<String, Object>>() {
			});
		}
		catch (Exception e) {
			return null;
		}
	}

	/** Whether anything was filled in: a slot the person left entirely empty is not an item. */
	public static boolean filledIn(Map<String, Object> item) {
		return item.values().stream().anyMatch(v -> text(v) != null);
	}

	public static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	/** Whole kroner, plain or grouped in thousands by points (1500000, 1.500.000), with øre after a comma (1.500.000,50). */
	private static final Pattern DANISH_AMOUNT = Pattern.compile("(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");

	/**
	 * An amount as a form or a REST client sends it: a JSON number, or text written the Danish way (1.500.000,50, with
	 * or without the points, a space or "kr."). Text that Danish and English would read differently ("12.5",
	 * "1,500,000", "1250000.50") is refused, not guessed at.
	 */
	public static BigDecimal amount(Object value) {
		if (value instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		String text = text(value);
		if (text == null) {
			return null;
		}
		String plain = text.replaceAll("(?i)\\s*kr\\.?$", "").replace(" ", "").replace("\u00a0", "");
		String sign = plain.startsWith("-") ? "-" : "";
		String digits = plain.substring(sign.length());
		if (!DANISH_AMOUNT.matcher(digits).matches()) {
			throw new IllegalArgumentException(text);
		}
		return new BigDecimal(sign + digits.replace(".", "").replace(',', '.'));
	}

	/** An amount as Danish forms and messages show it: 1.500.000 for whole kroner, 1.500.000,50 with øre. */
	public static String kroner(BigDecimal amount) {
		NumberFormat format = NumberFormat.getNumberInstance(DANISH);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		return format.format(amount);
	}

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	/** A day written the Danish way, day first: 30.06.2027 or 30.6.2027; never read month first. */
	private static final DateTimeFormatter DANISH_DAY = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * A date as a form or a REST client sends it: dd.mm.åååå (day first, as Danish forms ask for it) or ISO
	 * (åååå-mm-dd, as the date picker and REST clients send it). Anything else, "03/01/2027" included, is refused, not
	 * guessed at.
	 */
	public static LocalDate date(Object value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			if (text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
				return LocalDate.parse(text, DANISH_DAY);
			}
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(text);
		}
	}

	public static Long id(Object value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(text);
		}
	}
}
