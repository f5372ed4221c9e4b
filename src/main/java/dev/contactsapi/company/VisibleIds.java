package dev.contactsapi.company;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out per-company visibleIds: a company's first contact is 1, the next 2, and so
 * on, and the same for clients on a separate counter.
 *
 * <p>
 * The counter is a column of the company's row, advanced with
 * {@code UPDATE ... RETURNING}. The row lock that takes lasts until the caller's
 * transaction ends, so creates in one company queue up even across server instances, and
 * a create that rolls back gives its number back. A number once committed is never handed
 * out again, deleted record or not.
 */
@Component
public class VisibleIds {

	private final JdbcClient jdbc;

	VisibleIds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next contact visibleId of the company; call inside the transaction that inserts
	 * it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long nextContactId(long companyId) {
		return this.jdbc.sql("""
				update companies set last_contact_visible_id = last_contact_visible_id + 1
				where id = :company returning last_contact_visible_id""")
			.param("company", companyId)
			.query(Long.class)
			.single();
	}

	/**
	 * The next client visibleId of the company; call inside the transaction that inserts
	 * it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long nextClientId(long companyId) {
		return this.jdbc.sql("""
				update companies set last_client_visible_id = last_client_visible_id + 1
				where id = :company returning last_client_visible_id""")
			.param("company", companyId)
			.query(Long.class)
			.single();
	}

}
