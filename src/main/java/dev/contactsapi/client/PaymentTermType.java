package dev.contactsapi.client;

/**
 * How a client's payment term counts its days.
 */
public enum PaymentTermType {

	/** The end of the current month plus the term's days ("shotef plus"). */
	CURRENT_PLUS_DAYS,
	/** The term's days from the document's date. */
	DAYS_ONLY

}
