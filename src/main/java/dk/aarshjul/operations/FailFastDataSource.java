package dk.aarshjul.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * Tells a database that does not answer from a pool that is busy. Both leave a request without a connection, but
 * the first should fail within seconds (a Danish 503, {@link DatabaseUnavailable}) while the second should wait:
 * when many leaders submit at once, a connection comes free in a moment. So the request waits for a connection in
 * slices of {@code aarshjul.database.unreachable-after} (3 s), up to the pool's own connection timeout (30 s); after
 * each slice it gives up at once if the pool's last attempt to open a connection failed (the pool clears that on
 * its next success). Every user of the database (the engine, our tables, the health check) goes through it.
 */
final class FailFastDataSource extends DelegatingDataSource {

	private final long sliceMillis;

	private FailFastDataSource(DataSource target, Duration unreachableAfter) {
		super(target);
		this.sliceMillis = unreachableAfter.toMillis();
	}

	/** Wraps the application's connection pool, if it is Hikari's. */
	static BeanPostProcessor wrapping(Duration unreachableAfter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof HikariDataSource hikari ? new FailFastDataSource(hikari, unreachableAfter) : bean;
			}
		};
	}

	@Override
	public Connection getConnection() throws SQLException {
		HikariDataSource hikari = (HikariDataSource) obtainTargetDataSource();
		if (hikari.isClosed() || !(hikari.getHikariPoolMXBean() instanceof HikariPool pool)) {
			// Not started yet: the pool starts on its first connection.
			return hikari.getConnection();
		}
		long patience = hikari.getConnectionTimeout();
		long start = System.nanoTime();
		while (true) {
			long waited = (System.nanoTime() - start) / 1_000_000;
			try {
				return pool.getConnection(Math.max(1, Math.min(sliceMillis, patience - waited)));
			}
			catch (SQLTransientConnectionException timedOut) {
				boolean unreachable = timedOut.getCause() != null;
				if (unreachable || (System.nanoTime() - start) / 1_000_000 >= patience) {
					throw timedOut;
				}
			}
		}
	}
}
