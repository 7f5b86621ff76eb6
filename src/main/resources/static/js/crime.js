/*
 * Crime recording: the person finder on a decision page adds a found person's record id to the victims, suspects,
 * offenders or witnesses box. Without JavaScript the ids can be pasted into the boxes by hand.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-add-person]');
  if (!button) {
    return;
  }
  var box = document.getElementById(button.getAttribute('data-role'));
  var id = button.getAttribute('data-add-person');
  if (!box || box.value.indexOf(id) >= 0) {
    return;
  }
  box.value = (box.value.trim() ? box.value.trim() + '\n' : '') + id;
  button.textContent = 'Added';
  box.focus();
});
