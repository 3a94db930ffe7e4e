package dk.aarshjul.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means that the database does not answer, and what the caller is told then: 503, in Danish, with
 * a hint when to try again. The connection pool gives up after a few seconds (spring.datasource.hikari.connection-timeout),
 * so a request fails fast instead of hanging, and the pool connects again by itself when the database is back.
 */
public final class DatabaseUnavailable {

	public static final int STATUS = 503;
	public static final String MESSAGE = "Databasen svarer ikke lige nu. Prøv igen om lidt.";
	public static final String BODY = "{\"message\":\"" + MESSAGE + "\"}";
	public static final String RETRY_AFTER_SECONDS = "10";

	private DatabaseUnavailable() {
	}

	/** The Danish 503 as a JAX-RS response. */
	public static Response response() {
		return Response.status(STATUS).header("Retry-After", RETRY_AFTER_SECONDS)
			.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(BODY).build();
	}

	/** True when the failure, or one of its causes, is a connection to the database that could not be had or was lost. */
	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			// A rollback that failed on the broken connection hides the failure that made it roll back.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& causedBy(rollback.getApplicationException())) {
				return true;
			}
			if (cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException
					|| cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && lostConnection(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** SQL state class 08 (connection exception) and PostgreSQL's 57P01–57P03 (the server shutting down or starting). */
	private static boolean lostConnection(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}
}
