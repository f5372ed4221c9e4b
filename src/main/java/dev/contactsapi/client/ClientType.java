package dev.contactsapi.client;

/**
 * The kind of customer, as Israeli tax law sorts them.
 */
public enum ClientType {

	/** A licensed dealer, usually an individual. */
	MURSHE,
	/** A company. */
	COMPANY,
	/** An exempt dealer. */
	PATOOR

}
