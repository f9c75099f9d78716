package com.ayurlahi.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Users extends JpaRepository<User, UUID> {

	Optional<User> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByRole(Role role);

	/** {@code search} is lower case and escaped for {@code LIKE}. */
	@Query("""
			select u from User u
			where u.role in :roles
			  and (:search = '' or lower(u.fullName) like concat('%', :search, '%') escape '\\'
			       or u.email like concat('%', :search, '%') escape '\\')
			order by u.fullName
			""")
	List<User> findByRoles(@Param("roles") Collection<Role> roles, @Param("search") String search);

}
