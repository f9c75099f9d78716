package com.ayurlahi.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.ayurlahi.common.web.FlashMessage.Level;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
class NotificationCenterIT {

	@Autowired
	NotificationCenter notifications;

	@Autowired
	UserManagement users;

	@Test
	void aRedeliveredEventLeavesOneNotificationAndReadOnesDisappear() {
		User user = Accounts.create(users, Role.CLINIC);
		UUID about = UUID.randomUUID();

		notifications.notify(about, user.getId(), Level.SUCCESS, "Your clinic has been approved.", null);
		notifications.notify(about, user.getId(), Level.SUCCESS, "Your clinic has been approved.", null);
		notifications.notify(UUID.randomUUID(), user.getId(), Level.INFO, "Something else.", "/clinic");

		assertThat(notifications.unreadCount(user.getId())).isEqualTo(2);
		assertThat(notifications.unread(user.getId(), 10)).extracting(Notification::message)
			.containsExactlyInAnyOrder("Your clinic has been approved.", "Something else.");
		assertThat(notifications.markAllRead(user.getId())).isEqualTo(2);
		assertThat(notifications.unread(user.getId(), 10)).isEmpty();
	}

}
