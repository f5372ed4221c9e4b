package dev.contactsapi.client;

/**
 * The editable fields of a client, validated.
 *
 * @param name the client's name
 * @param taxId the tax id (ח.פ. or ע.מ.)
 * @param email the billing email
 * @param type the kind of customer
 * @param addressId the client's own address
 * @param bankNumber the bank's number
 * @param branchNumber the branch's number
 * @param accountNumber the account's number
 * @param paymentTermType how the payment term counts
 * @param paymentTermDays the payment term's days, 0 to 365
 */
record ClientDetails(String name, String taxId, String email, ClientType type, Long addressId, String bankNumber,
		String branchNumber, String accountNumber, PaymentTermType paymentTermType, Integer paymentTermDays) {

	/** No fields set: what a create applies its fields to. */
	static final ClientDetails NONE = new ClientDetails(null, null, null, null, null, null, null, null, null, null);

}
