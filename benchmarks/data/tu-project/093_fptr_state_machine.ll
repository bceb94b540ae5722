; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/093_fptr_state_machine.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/093_fptr_state_machine.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.machine = type { i32, i32, i32, i64 }
%struct.state_fn = type { ptr }

@__const.parse_fixed.m = private unnamed_addr constant %struct.machine { i32 0, i32 0, i32 1, i64 0 }, align 8
@__const.parse_fixed.state = private unnamed_addr constant %struct.state_fn { ptr @st_sign }, align 8

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @parse_fixed(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca %struct.machine, align 8
  %10 = alloca %struct.state_fn, align 8
  %11 = alloca %struct.state_fn, align 8
  store ptr %0, ptr %5, align 8, !tbaa !5
  store ptr %1, ptr %6, align 8, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 24, ptr %9) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 @__const.parse_fixed.m, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 @__const.parse_fixed.state, i64 8, i1 false)
  br label %12

12:                                               ; preds = %23, %4
  %13 = load ptr, ptr %5, align 8, !tbaa !5
  %14 = load i8, ptr %13, align 1, !tbaa !9
  %15 = icmp ne i8 %14, 0
  br i1 %15, label %16, label %26

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(i64 8, ptr %11) #3
  %17 = getelementptr inbounds %struct.state_fn, ptr %10, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8, !tbaa !10
  %19 = load ptr, ptr %5, align 8, !tbaa !5
  %20 = load i8, ptr %19, align 1, !tbaa !9
  %21 = call ptr %18(ptr noundef %9, i8 noundef signext %20) #4
  %22 = getelementptr inbounds %struct.state_fn, ptr %11, i32 0, i32 0
  store ptr %21, ptr %22, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %11, i64 8, i1 false), !tbaa.struct !12
  call void @llvm.lifetime.end.p0(i64 8, ptr %11) #3
  br label %23

23:                                               ; preds = %16
  %24 = load ptr, ptr %5, align 8, !tbaa !5
  %25 = getelementptr inbounds i8, ptr %24, i32 1
  store ptr %25, ptr %5, align 8, !tbaa !5
  br label %12, !llvm.loop !13

26:                                               ; preds = %12
  %27 = getelementptr inbounds %struct.state_fn, ptr %10, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8, !tbaa !10
  %29 = icmp eq ptr %28, @st_sign
  br i1 %29, label %30, label %32

30:                                               ; preds = %26
  %31 = getelementptr inbounds %struct.machine, ptr %9, i32 0, i32 2
  store i32 0, ptr %31, align 8, !tbaa !15
  br label %32

32:                                               ; preds = %30, %26
  %33 = getelementptr inbounds %struct.machine, ptr %9, i32 0, i32 0
  %34 = load i32, ptr %33, align 8, !tbaa !19
  %35 = load ptr, ptr %6, align 8, !tbaa !5
  store i32 %34, ptr %35, align 4, !tbaa !20
  %36 = getelementptr inbounds %struct.machine, ptr %9, i32 0, i32 3
  %37 = load i64, ptr %36, align 8, !tbaa !21
  %38 = load ptr, ptr %7, align 8, !tbaa !5
  store i64 %37, ptr %38, align 8, !tbaa !22
  %39 = getelementptr inbounds %struct.machine, ptr %9, i32 0, i32 1
  %40 = load i32, ptr %39, align 4, !tbaa !23
  %41 = load ptr, ptr %8, align 8, !tbaa !5
  store i32 %40, ptr %41, align 4, !tbaa !20
  %42 = getelementptr inbounds %struct.machine, ptr %9, i32 0, i32 2
  %43 = load i32, ptr %42, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #3
  call void @llvm.lifetime.end.p0(i64 24, ptr %9) #3
  ret i32 %43
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @st_sign(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca %struct.state_fn, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !5
  store i8 %1, ptr %5, align 1, !tbaa !9
  %6 = load i8, ptr %5, align 1, !tbaa !9
  %7 = sext i8 %6 to i32
  %8 = icmp sge i32 %7, 48
  br i1 %8, label %9, label %20

9:                                                ; preds = %2
  %10 = load i8, ptr %5, align 1, !tbaa !9
  %11 = sext i8 %10 to i32
  %12 = icmp sle i32 %11, 57
  br i1 %12, label %13, label %20

13:                                               ; preds = %9
  %14 = load i8, ptr %5, align 1, !tbaa !9
  %15 = sext i8 %14 to i32
  %16 = sub nsw i32 %15, 48
  %17 = load ptr, ptr %4, align 8, !tbaa !5
  %18 = getelementptr inbounds %struct.machine, ptr %17, i32 0, i32 0
  store i32 %16, ptr %18, align 8, !tbaa !19
  %19 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  store ptr @st_int, ptr %19, align 8, !tbaa !10
  br label %22

20:                                               ; preds = %9, %2
  %21 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  store ptr @st_fail, ptr %21, align 8, !tbaa !10
  br label %22

22:                                               ; preds = %20, %13
  %23 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  %24 = load ptr, ptr %23, align 8
  ret ptr %24
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @st_int(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca %struct.state_fn, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !5
  store i8 %1, ptr %5, align 1, !tbaa !9
  %6 = load i8, ptr %5, align 1, !tbaa !9
  %7 = sext i8 %6 to i32
  %8 = icmp sge i32 %7, 48
  br i1 %8, label %9, label %25

9:                                                ; preds = %2
  %10 = load i8, ptr %5, align 1, !tbaa !9
  %11 = sext i8 %10 to i32
  %12 = icmp sle i32 %11, 57
  br i1 %12, label %13, label %25

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8, !tbaa !5
  %15 = getelementptr inbounds %struct.machine, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 8, !tbaa !19
  %17 = mul nsw i32 %16, 10
  %18 = load i8, ptr %5, align 1, !tbaa !9
  %19 = sext i8 %18 to i32
  %20 = sub nsw i32 %19, 48
  %21 = add nsw i32 %17, %20
  %22 = load ptr, ptr %4, align 8, !tbaa !5
  %23 = getelementptr inbounds %struct.machine, ptr %22, i32 0, i32 0
  store i32 %21, ptr %23, align 8, !tbaa !19
  %24 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  store ptr @st_int, ptr %24, align 8, !tbaa !10
  br label %33

25:                                               ; preds = %9, %2
  %26 = load i8, ptr %5, align 1, !tbaa !9
  %27 = sext i8 %26 to i32
  %28 = icmp eq i32 %27, 46
  br i1 %28, label %29, label %31

29:                                               ; preds = %25
  %30 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  store ptr @st_frac, ptr %30, align 8, !tbaa !10
  br label %33

31:                                               ; preds = %25
  %32 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  store ptr @st_fail, ptr %32, align 8, !tbaa !10
  br label %33

33:                                               ; preds = %31, %29, %13
  %34 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  %35 = load ptr, ptr %34, align 8
  ret ptr %35
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @st_fail(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca %struct.state_fn, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !5
  store i8 %1, ptr %5, align 1, !tbaa !9
  %6 = load i8, ptr %5, align 1, !tbaa !9
  %7 = load ptr, ptr %4, align 8, !tbaa !5
  %8 = getelementptr inbounds %struct.machine, ptr %7, i32 0, i32 2
  store i32 0, ptr %8, align 8, !tbaa !15
  %9 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  store ptr @st_fail, ptr %9, align 8, !tbaa !10
  %10 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  %11 = load ptr, ptr %10, align 8
  ret ptr %11
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @st_frac(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca %struct.state_fn, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !5
  store i8 %1, ptr %5, align 1, !tbaa !9
  %6 = load i8, ptr %5, align 1, !tbaa !9
  %7 = sext i8 %6 to i32
  %8 = icmp sge i32 %7, 48
  br i1 %8, label %9, label %30

9:                                                ; preds = %2
  %10 = load i8, ptr %5, align 1, !tbaa !9
  %11 = sext i8 %10 to i32
  %12 = icmp sle i32 %11, 57
  br i1 %12, label %13, label %30

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8, !tbaa !5
  %15 = getelementptr inbounds %struct.machine, ptr %14, i32 0, i32 3
  %16 = load i64, ptr %15, align 8, !tbaa !21
  %17 = mul nsw i64 %16, 10
  %18 = load i8, ptr %5, align 1, !tbaa !9
  %19 = sext i8 %18 to i32
  %20 = sub nsw i32 %19, 48
  %21 = sext i32 %20 to i64
  %22 = add nsw i64 %17, %21
  %23 = load ptr, ptr %4, align 8, !tbaa !5
  %24 = getelementptr inbounds %struct.machine, ptr %23, i32 0, i32 3
  store i64 %22, ptr %24, align 8, !tbaa !21
  %25 = load ptr, ptr %4, align 8, !tbaa !5
  %26 = getelementptr inbounds %struct.machine, ptr %25, i32 0, i32 1
  %27 = load i32, ptr %26, align 4, !tbaa !23
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %26, align 4, !tbaa !23
  %29 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  store ptr @st_frac, ptr %29, align 8, !tbaa !10
  br label %32

30:                                               ; preds = %9, %2
  %31 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  store ptr @st_fail, ptr %31, align 8, !tbaa !10
  br label %32

32:                                               ; preds = %30, %13
  %33 = getelementptr inbounds %struct.state_fn, ptr %3, i32 0, i32 0
  %34 = load ptr, ptr %33, align 8
  ret ptr %34
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!7, !7, i64 0}
!10 = !{!11, !6, i64 0}
!11 = !{!"state_fn", !6, i64 0}
!12 = !{i64 0, i64 8, !5}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!16, !17, i64 8}
!16 = !{!"machine", !17, i64 0, !17, i64 4, !17, i64 8, !18, i64 16}
!17 = !{!"int", !7, i64 0}
!18 = !{!"long", !7, i64 0}
!19 = !{!16, !17, i64 0}
!20 = !{!17, !17, i64 0}
!21 = !{!16, !18, i64 16}
!22 = !{!18, !18, i64 0}
!23 = !{!16, !17, i64 4}
