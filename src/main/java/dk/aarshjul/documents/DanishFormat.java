package dk.aarshjul.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;

/** Amounts and days as a Danish reader writes them: 1.500.000 kr., 01.03.2027. */
final class DanishFormat {

	private DanishFormat() {
	}

	/** Whole kroner with a dot between thousands; øre, should there be any, after a comma. */
	static String kroner(BigDecimal amount) {
		return amount == null ? "ikke angivet" : FormValues.kroner(amount) + " kr.";
	}

	static String date(LocalDate day) {
		return day == null ? "" : EngineClock.DANISH_DATE.format(day);
	}

	/** The Danish day of a moment recorded in our tables. */
	static String date(OffsetDateTime moment) {
		return moment == null ? "" : EngineClock.DANISH_DATE.format(moment.atZoneSameInstant(EngineClock.DANISH_TIME));
	}
}
