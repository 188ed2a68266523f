@echo off
rem Runs ogicheck on Windows with the Java 17+ of JAVA_HOME, else the java on PATH.
rem Output follows the consoles code page (GBK on a Chinese console); --encoding UTF-8 forces UTF-8.
setlocal
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if defined OGICHECK_JAVA_OPTS (set "OPTS=%OGICHECK_JAVA_OPTS%") else (set "OPTS=-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1")
"%JAVA%" %OPTS% -jar "%HERE%ogicheck.jar" %*
exit /b %ERRORLEVEL%
