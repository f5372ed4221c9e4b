package dev.contactsapi.contact;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The contacts of all companies; every query names the company.
 */
interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {

	Optional<Contact> findByCompanyIdAndVisibleId(long companyId, long visibleId);

	List<Contact> findByCompanyIdAndClientVisibleIdOrderByVisibleId(long companyId, long clientVisibleId);

	/**
	 * The contact, locked until the transaction ends, so that concurrent edits and
	 * deletes of it take turns: each sees what the one before it committed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Contact c where c.companyId = :companyId and c.visibleId = :visibleId")
	Optional<Contact> lockByCompanyIdAndVisibleId(long companyId, long visibleId);

}
