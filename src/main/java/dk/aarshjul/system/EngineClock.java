package dk.aarshjul.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time our records carry: the engine's clock (which tests move), so that records and process history agree.
 * Days are Danish days.
 */
public final class EngineClock {

	public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	/** A day as every message writes it, dd.mm.åååå: 07.09.2027. One format everywhere, never month first. */
	public static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** A moment as every message writes it: 07.09.2027 kl. 16:00 (format it in {@link #DANISH_TIME}). */
	public static final DateTimeFormatter DANISH_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

	private EngineClock() {
	}

	/** Now, as stored in our tables (UTC). */
	public static OffsetDateTime now() {
		return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
	}

	/** Today in Denmark. */
	public static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), DANISH_TIME);
	}
}
