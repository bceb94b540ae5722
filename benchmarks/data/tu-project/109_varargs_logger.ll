; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/109_varargs_logger.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/109_varargs_logger.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@min_level = internal global i32 1, align 4
@lines = internal global [4 x [64 x i8]] zeroinitializer, align 16
@next_line = internal global i32 0, align 4
@.str = private unnamed_addr constant [6 x i8] c"[%d] \00", align 1
@total_logged = internal global i32 0, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @log_set_level(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %3, ptr @min_level, align 4, !tbaa !5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @log_message(i32 noundef %0, ptr noundef %1, ...) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [1 x %struct.__va_list_tag], align 16
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = load i32, ptr @min_level, align 4, !tbaa !5
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %13

12:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %38

13:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(i64 24, ptr %6) #4
  %14 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %14)
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #4
  %15 = load i32, ptr @next_line, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [4 x [64 x i8]], ptr @lines, i64 0, i64 %16
  %18 = getelementptr inbounds [64 x i8], ptr %17, i64 0, i64 0
  store ptr %18, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #4
  %19 = load ptr, ptr %7, align 8, !tbaa !9
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %19, i64 noundef 64, ptr noundef @.str, i32 noundef %20) #5
  store i32 %21, ptr %8, align 4, !tbaa !5
  %22 = load ptr, ptr %7, align 8, !tbaa !9
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %22, i64 %24
  %26 = load i32, ptr %8, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = sub i64 64, %27
  %29 = load ptr, ptr %5, align 8, !tbaa !9
  %30 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  %31 = call i32 @vsnprintf(ptr noundef %25, i64 noundef %28, ptr noundef %29, ptr noundef %30) #5
  %32 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %32)
  %33 = load i32, ptr @next_line, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  %35 = srem i32 %34, 4
  store i32 %35, ptr @next_line, align 4, !tbaa !5
  %36 = load i32, ptr @total_logged, align 4, !tbaa !5
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr @total_logged, align 4, !tbaa !5
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #4
  call void @llvm.lifetime.end.p0(i64 24, ptr %6) #4
  br label %38

38:                                               ; preds = %13, %12
  %39 = load i32, ptr %3, align 4
  ret i32 %39
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #2

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize
declare i32 @vsnprintf(ptr noundef, i64 noundef, ptr noundef, ptr noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @log_line(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr @next_line, align 4, !tbaa !5
  %4 = sub nsw i32 %3, 1
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = sub nsw i32 %4, %5
  %7 = srem i32 %6, 4
  %8 = add nsw i32 %7, 4
  %9 = srem i32 %8, 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [4 x [64 x i8]], ptr @lines, i64 0, i64 %10
  %12 = getelementptr inbounds [64 x i8], ptr %11, i64 0, i64 0
  ret ptr %12
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @log_total() #0 {
  %1 = load i32, ptr @total_logged, align 4, !tbaa !5
  ret i32 %1
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize nounwind optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
