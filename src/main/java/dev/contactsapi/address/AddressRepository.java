package dev.contactsapi.address;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The addresses of all companies; every query names the company.
 */
interface AddressRepository extends JpaRepository<Address, Long>, JpaSpecificationExecutor<Address> {

	Optional<Address> findByCompanyIdAndId(long companyId, long id);

	boolean existsByCompanyIdAndId(long companyId, long id);

	List<Address> findByCompanyIdAndIdIn(long companyId, Collection<Long> ids);

	/**
	 * Locks the address against new references until the transaction ends: a plain
	 * {@code FOR UPDATE} (not the {@code FOR NO KEY UPDATE} of JPA's pessimistic write
	 * lock) conflicts with the {@code FOR KEY SHARE} lock that PostgreSQL's foreign key
	 * check takes on the address when a contact or client is linked to it.
	 * @return the id, or empty when the company has no such address
	 */
	@Query(value = "select id from addresses where company_id = :companyId and id = :id for update", nativeQuery = true)
	Optional<Long> lockForDelete(long companyId, long id);

	@Query(value = "select count(*) from contacts where company_id = :companyId and address_id = :id",
			nativeQuery = true)
	long countContactsUsing(long companyId, long id);

	@Query(value = "select count(*) from clients where company_id = :companyId and address_id = :id",
			nativeQuery = true)
	long countClientsUsing(long companyId, long id);

	@Modifying
	@Query("delete from Address a where a.companyId = :companyId and a.id = :id")
	void deleteByCompanyIdAndId(long companyId, long id);

	/**
	 * The address, locked until the transaction ends, so that concurrent edits of it take
	 * turns. JPA's pessimistic write lock is PostgreSQL's {@code FOR NO KEY UPDATE},
	 * which does not hold up contacts and clients being linked to the address.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Address a where a.companyId = :companyId and a.id = :id")
	Optional<Address> lockByCompanyIdAndId(long companyId, long id);

}
