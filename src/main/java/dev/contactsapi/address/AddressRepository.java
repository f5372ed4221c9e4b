package dev.contactsapi.address;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The addresses of all companies; every query names the company.
 */
interface AddressRepository extends JpaRepository<Address, Long> {

	Optional<Address> findByCompanyIdAndId(long companyId, long id);

	boolean existsByCompanyIdAndId(long companyId, long id);

	List<Address> findByCompanyIdAndIdInOrderById(long companyId, Collection<Long> ids);

}
