-- Two moments of a subscription the team's figures need (churn over 30 days: who was paying at its start and who
-- stopped since): when the clinic authorised its mandate, and when it was last restricted for not paying (null
-- while it is not restricted: paying again clears it).
alter table subscriptions add column authorised_at timestamp with time zone;
alter table subscriptions add column restricted_at timestamp with time zone;

update subscriptions set authorised_at = coalesce(current_start, effective_from)
 where status in ('AUTHENTICATED', 'ACTIVE', 'PAST_DUE', 'RESTRICTED') or paid_count > 0;
update subscriptions set restricted_at = updated_at where status = 'RESTRICTED';

create index subscriptions_by_authorised on subscriptions (authorised_at);
