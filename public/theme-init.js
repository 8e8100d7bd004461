// Runs before first paint (a classic, blocking script) so a chosen theme never flashes.
try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}
