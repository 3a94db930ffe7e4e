package dk.aarshjul.documents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import dk.aarshjul.system.EngineClock;

/** Amounts and days as a Danish reader writes them: 1.500.000 kr., 01.03.2027. */
final class DanishFormat {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private DanishFormat() {
	}

	/** Whole kroner with a dot between thousands; øre, should there be any, after a comma. */
	static String kroner(BigDecimal amount) {
		if (amount == null) {
			return "ikke angivet";
		}
		NumberFormat format = NumberFormat.getNumberInstance(DANISH);
		format.setGroupingUsed(true);
		format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		format.setMaximumFractionDigits(2);
		return format.format(amount) + " kr.";
	}

	static String date(LocalDate day) {
		return day == null ? "" : EngineClock.DANISH_DATE.format(day);
	}

	/** The Danish day of a moment recorded in our tables. */
	static String date(OffsetDateTime moment) {
		return moment == null ? "" : EngineClock.DANISH_DATE.format(moment.atZoneSameInstant(EngineClock.DANISH_TIME));
	}
}
