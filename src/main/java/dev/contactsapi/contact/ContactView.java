package dev.contactsapi.contact;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import dev.contactsapi.address.AddressView;

/**
 * A contact as the single view, create and edit show it: the list's fields and the
 * address itself ({@code null} when there is none).
 *
 * @param contact the contact's fields
 * @param address its address
 */
record ContactView(@JsonUnwrapped ContactItem contact,
		@Schema(nullable = true, description = "The contact's address, null when it has none") AddressView address) {
}
