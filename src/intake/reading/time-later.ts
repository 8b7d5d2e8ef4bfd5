// A time counted on from the event told before: "hours later", "about two hours later", "an hour
// later", "some 90 minutes later" (in matching form).
export const TIME_LATER =
  '(?:(?:about|some|nearly|around|roughly|just|less than|more than) )?(?:(?:an?|half an|one|two|three|four|five|six|a few|several|\\d+) )?(?:hours?|minutes?) later';
