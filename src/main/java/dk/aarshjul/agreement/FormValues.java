package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Normalises what a form or a REST client submits: lists of items arrive as Spin JSON, JSON text or Java lists;
 * numbers as Integer, Long, Double or text; dates as "yyyy-MM-dd" text, possibly with a time.
 */
final class FormValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormValues() {
	}

	/** The items of a submitted list; null when nothing was submitted, and an unreadable value is "not a list". */
	static List<Map<String, Object>> items(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			List<Map<String, Object>> items = new ArrayList<>();
			for (Object item : list) {
				items.add(item instanceof Map<?, ?> map ? new LinkedHashMap<>(castKeys(map)) : null);
			}
			return items;
		}
		try {
			return JSON.readValue(value.toString(), new TypeReference<List<Map<String, Object>>>() {
			});
		}
		catch (Exception e) {
			throw new IllegalArgumentException("not a list");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castKeys(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	static BigDecimal amount(Object value) {
		if (value instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			String plain = text.replace(" ", "");
			// "1.250.000,50" is Danish; "1250000.50" is how a REST client writes it.
			return new BigDecimal(plain.contains(",") ? plain.replace(".", "").replace(',', '.') : plain);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(text);
		}
	}

	static LocalDate date(Object value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(text);
		}
	}

	static Long id(Object value) {
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
