package dk.aarshjul.budget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Chooses the budget system: the external one when {@code aarshjul.budget-system.url} is set, else the built-in. */
@Configuration(proxyBeanMethods = false)
class BudgetSystemConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(BudgetSystemConfiguration.class);

	@Bean
	BudgetSystem budgetSystem(BudgetSystemProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions,
			ObjectMapper json) {
		BudgetSystem system = properties.external() ? new HttpBudgetSystem(properties, json)
				: new BuiltInBudgetSystem(jdbc, ownTransaction(transactions), json);
		LOG.info("Budget milestones are delivered to: {}", system.describe());
		return system;
	}

	/** A transaction of its own, committed whatever becomes of the job that runs inside it. */
	static TransactionTemplate ownTransaction(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}
}
