package dev.contactsapi.contact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The contacts of all companies; every query names the company.
 */
interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {

	Optional<Contact> findByCompanyIdAndVisibleId(long companyId, long visibleId);

	List<Contact> findByCompanyIdAndClientVisibleIdOrderByVisibleId(long companyId, long clientVisibleId);

}
