package dev.contactsapi.client;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A client as a list shows it. Absent values are {@code null}.
 *
 * @param visibleId the client's number within the company
 * @param name the client's name
 * @param taxId the tax id
 * @param email the billing email
 * @param type the kind of customer
 * @param createdAt when the client was created
 * @param balance what the client owes; 0 until documents exist
 */
record ClientItem(long visibleId, String name, String taxId, String email, ClientType type, Instant createdAt,
		BigDecimal balance) {

	/** The balance of every client: this server keeps no documents yet. */
	static final BigDecimal NO_BALANCE = BigDecimal.ZERO;

}
